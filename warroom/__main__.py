import sys

from warroom.cli import main

sys.exit(main())
