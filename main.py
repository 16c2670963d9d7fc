"""Start warroom from a source checkout: ``python main.py`` (same as ``warroom``)."""

import sys

from warroom.cli import main

if __name__ == "__main__":
    sys.exit(main())
