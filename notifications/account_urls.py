"""Pages of the person, across programmes: notification preferences."""

app_name = "preferences"

urlpatterns: list = []
