"""The `score-lab` command: one entry point for trainers and developers.

    score-lab doctor              check the installation, with a fix for each problem
    score-lab data --seed 2025    regenerate the bundled synthetic datasets
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from score_helpers.paths import datasets_dir


def _doctor(args: argparse.Namespace) -> int:
    from score_helpers import doctor

    checks = [c for c in doctor.ALL_CHECKS
              if not (args.skip_model and c is doctor.check_offline_model)
              and not (args.skip_browser and c is doctor.check_chromium)]
    results = doctor.run_checks(checks)
    print(doctor.format_report(results))
    return 0 if all(result.ok for result in results) else 1


def _data(args: argparse.Namespace) -> int:
    from score_helpers import datasets

    started = time.monotonic()
    out_dir = Path(args.out)
    paths = datasets.write_all(out_dir, seed=args.seed)
    readme = datasets.write_readme(out_dir, seed=args.seed)
    for name, path in paths.items():
        print(f"wrote {path}  ({name})")
    print(f"wrote {readme}  (the data dictionary)")
    print(f"{len(paths)} datasets generated with seed {args.seed} "
          f"in {time.monotonic() - started:.1f} s.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(prog="score-lab", description="SCORE AI Lab tools.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    doctor = commands.add_parser("doctor", help="check the installation and say how to fix it")
    doctor.add_argument("--skip-model", action="store_true", help="do not start the model")
    doctor.add_argument("--skip-browser", action="store_true", help="do not look for Chromium")
    doctor.set_defaults(handler=_doctor)

    data = commands.add_parser("data", help="regenerate the synthetic datasets")
    data.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    data.add_argument("--out", default=str(datasets_dir()),
                      help="folder to write the CSVs to (default: datasets/)")
    data.set_defaults(handler=_data)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `score-lab` with `argv` (default: the command line); return the exit code."""
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
