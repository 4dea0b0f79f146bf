"""Photos and scans are decoded and saved again: only the pixels are kept.

A phone photo carries EXIF data, often the GPS position where it was taken: for a
refugee that can be the address of a reception centre or a family's home. A file
can also look like a picture and carry something else (a polyglot, a parser
exploit). Decoding it and writing a fresh JPEG or PNG from the pixels drops all of
that. The size is checked from the header before any pixel is decoded, so a small
file that claims 50,000 x 50,000 pixels (a decompression bomb) costs nothing.
"""

import io
import warnings

from django import forms
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# About 40 megapixels: more than any phone camera saves by default (12-24 MP), and
# at most 160 MB of pixels while it is made smaller.
MAX_PIXELS = 40_000_000
# The longest side of what is stored: a diploma stays readable, a file stays small.
MAX_SIDE = 3000
JPEG_QUALITY = 85
FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG"}


def _not_a_picture():
    return forms.ValidationError(
        _("We cannot open this picture. The file may be damaged. Take a new photo or scan.")
    )


def _too_many_pixels():
    return forms.ValidationError(
        _("This picture has too many pixels. Take a new photo or make a smaller scan.")
    )


def reencode_image(data: bytes, content_type: str) -> tuple[bytes, str]:
    """The picture saved again without metadata, upright and at most MAX_SIDE pixels.

    Returns the new bytes and their type; raises a ValidationError that says what to do.
    """
    target = FORMATS[content_type]
    try:
        # Pillow's own bomb check is a warning below twice its limit: make it an error.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[target]) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _too_many_pixels()
                # JPEG can decode at 1/2, 1/4 or 1/8 size directly: less memory and time.
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))
                image.load()
                picture = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        # What Pillow raises for a truncated or malformed file.
        raise _not_a_picture() from None
    picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return _save(picture, target), content_type


def _save(picture: Image.Image, target: str) -> bytes:
    if target == "JPEG":
        picture = picture.convert("L" if picture.mode == "L" else "RGB")
    elif picture.mode not in ("1", "L", "LA", "RGB", "RGBA"):
        # Palette, 16-bit and other modes: keep transparency where there was any.
        transparent = "A" in picture.getbands() or "transparency" in picture.info
        picture = picture.convert("RGBA" if transparent else "RGB")
    # A new image from the pixels alone: no EXIF, XMP, ICC, text chunks or comments.
    clean = Image.frombytes(picture.mode, picture.size, picture.tobytes())
    out = io.BytesIO()
    if target == "JPEG":
        clean.save(out, "JPEG", quality=JPEG_QUALITY)
    else:
        clean.save(out, "PNG")
    return out.getvalue()
