"""Journey Editor: customer-journey maps and service blueprints, offline."""

__version__ = "0.1.0"
APP_NAME = "Journey Editor"
