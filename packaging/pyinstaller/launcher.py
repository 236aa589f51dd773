"""Entry point of the frozen app: the same command line as `journeyeditor`."""

import sys

from journeyeditor.cli import main

sys.exit(main())
