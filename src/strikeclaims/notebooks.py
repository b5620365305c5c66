"""Execute the notebooks in place, reproducibly, and render them as a static HTML report.

`python -m strikeclaims.notebooks execute NB…` runs each notebook top to bottom with no
timing metadata, so the same data gives byte-identical notebooks.
`python -m strikeclaims.notebooks report NB…` executes copies against `data/full/` when it
exists (else `data/clean/`) and writes HTML to the git-ignored `reports/html/`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPORT_DIR = Path("reports/html")


def execute(path: Path, data_dir: str | None = None) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    env_before = os.environ.get("STRIKECLAIMS_DATA")
    if data_dir is not None:
        os.environ["STRIKECLAIMS_DATA"] = data_dir
    try:
        client = NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": str(Path(path).parent)}})
        client.execute()
    finally:
        if data_dir is not None:
            if env_before is None:
                os.environ.pop("STRIKECLAIMS_DATA", None)
            else:
                os.environ["STRIKECLAIMS_DATA"] = env_before
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
    nb.metadata.pop("widgets", None)
    return nb


def write_if_changed(nb: nbformat.NotebookNode, path: Path) -> bool:
    text = nbformat.writes(nb) + "\n"
    old = Path(path).read_text(encoding="utf-8") if Path(path).exists() else None
    if old == text:
        return False
    Path(path).write_text(text, encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in ("execute", "report"):
        print("usage: python -m strikeclaims.notebooks execute|report NOTEBOOK…", file=sys.stderr)
        return 2
    command, paths = argv[0], [Path(p) for p in argv[1:]]
    if command == "execute":
        for path in paths:
            changed = write_if_changed(execute(path), path)
            print(f"{path}: {'updated' if changed else 'unchanged'}")
        return 0
    from nbconvert import HTMLExporter

    data_dir = "data/full" if Path("data/full/datapackage.json").exists() else "data/clean"
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    for path in paths:
        nb = execute(path, data_dir=os.path.abspath(data_dir))
        body, _ = exporter.from_notebook_node(nb)
        out = REPORT_DIR / (path.stem + ".html")
        out.write_text(body, encoding="utf-8")
        print(f"{out} (data: {data_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
