"""``python -m outreach_lint`` is the ``outreach-lint`` command."""

import sys

from .cli import main

sys.exit(main())
