#!/usr/bin/env python3
"""Regenerate every chart into output/ from seeds/ on the offline snapshot (no network).

This is what `make charts` runs. It is `timeline build --offline` with the seeds,
so the charts are reproducible byte for byte.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    from timeline.cli import main as cli_main

    args = ["build", "--articles", str(ROOT / "seeds"), "--out", str(ROOT / "output"), "--offline", *sys.argv[1:]]
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
