from ninja.openapi.docs import Swagger


class LocalSwagger(Swagger):
    """Swagger UI from the files ninja ships, in a page that needs no inline script or
    style, so it works under the site's strict Content Security Policy."""

    template = "api/docs.html"
    default_settings = {
        "layout": "BaseLayout",
        "deepLinking": True,
        # The default validator badge is an image from another site, which CSP blocks.
        "validatorUrl": None,
    }
