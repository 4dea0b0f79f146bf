"""Stop reading an uploaded file as soon as it passes the limit, before it fills the disk.

Django writes a large upload to a temporary file before any view runs, and the
web server in docker-compose.yml (gunicorn) has no body limit of its own. This
handler, first in FILE_UPLOAD_HANDLERS, skips a file once it is larger than
MAX_UPLOAD_BYTES: its bytes are read and thrown away, the rest of the form is
read as usual (so what the person typed is kept), and the field's name is noted
on the request so the view can say the file was too large.
"""

from django.core.files.uploadhandler import FileUploadHandler, SkipFile

from participants.uploads import MAX_UPLOAD_BYTES


class SkipLargeFilesHandler(FileUploadHandler):
    """Skips a file over MAX_UPLOAD_BYTES and notes its field in ``request.too_large_uploads``."""

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > MAX_UPLOAD_BYTES:
            skipped = getattr(self.request, "too_large_uploads", set())
            skipped.add(self.field_name)
            self.request.too_large_uploads = skipped
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handlers (memory or temporary file) make the file


def too_large(request, field_name: str) -> bool:
    """Whether the file sent in ``field_name`` was skipped for its size."""
    return field_name in getattr(request, "too_large_uploads", ())
