"""Execute the notebooks in place, reproducibly, and render them as a static HTML report.

`python -m strikeclaims.dev.notebooks execute NB…` runs each notebook top to bottom with no
timing metadata, so the same data gives byte-identical notebooks.
`python -m strikeclaims.dev.notebooks report NB…` executes copies against `data/full/` when it
exists (else `data/clean/`) and writes to the git-ignored `reports/html/` one page per notebook
(titled by its first heading, code folded under "Code", alt text on every figure, a line naming
the data's version and date) and `index.html`, which links the pages and repeats each notebook's
opening findings.
`python -m strikeclaims.dev.notebooks check PAGE.html…` checks pages as a browser rendered them
(`scripts/check-report` passes the DOM headless Chromium dumps): a title, alt text on every image,
every code cell folded, and on the index a link to every page.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPORT_DIR = Path("reports/html")
TEMPLATES = Path(__file__).parents[1] / "report"


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


# ---------------------------------------------------------------------------- the report

def title_of(nb: nbformat.NotebookNode) -> str:
    """The notebook's first heading, without its `#` marks ("Notebook" when it has none)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^#\s+(.+)$", cell.source, re.MULTILINE)
            if m:
                return m.group(1).strip()
    return "Notebook"


def summary_of(nb: nbformat.NotebookNode) -> str:
    """The first paragraph after the notebook's first heading."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            parts = [p.strip() for p in cell.source.split("\n\n")]
            if parts and parts[0].startswith("#") and len(parts) > 1:
                return parts[1]
    return ""


def findings_of(nb: nbformat.NotebookNode) -> str:
    """The Markdown of the notebook's first Markdown output (its opening findings), or ""."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/markdown")
            if text:
                return "".join(text)
    return ""


def data_facts(data_dir: Path) -> dict[str, str]:
    """The data's version (`datapackage.json`) and date (the latest date in its tables)."""
    from strikeclaims import charts, load

    package = json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
    return {"version": str(package.get("version", "unknown")), "date": charts.data_date(load.tables(data_dir)),
            "folder": data_dir.as_posix()}


def _nav(facts: dict[str, str]) -> nbformat.NotebookNode:
    return nbformat.v4.new_markdown_cell(
        f"[All pages of the report](index.html) · strike-claims data version {facts['version']}, data to "
        f"{facts['date']} (`{facts['folder']}`)")


def page(nb: nbformat.NotebookNode, facts: dict[str, str]) -> str:
    """One notebook as an HTML page: titled, code folded, alt text on figures, the data's version and date on top."""
    from nbconvert import HTMLExporter

    nb = nbformat.from_dict(nb)
    nb.cells.insert(0, _nav(facts))
    exporter = HTMLExporter(template_name="strikeclaims", extra_template_basedirs=[str(TEMPLATES)])
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": f"{title_of(nb)} · strike-claims"}})
    return body


INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>strike-claims: drone and missile attacks as each side claims them</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222;
       line-height: 1.5; }}
h1 {{ font-size: 1.6em; margin-bottom: 0.2em; }}
.facts {{ color: #555; margin-top: 0; }}
section {{ border-top: 1px solid #ddd; padding: 0.6em 0; }}
section h2 {{ font-size: 1.2em; margin: 0.4em 0; }}
section ul {{ margin: 0.3em 0; }}
.caveat {{ background: #f6f6f6; padding: 0.6em 1em; border-left: 3px solid #999; }}
</style>
</head>
<body>
<main>
<h1>strike-claims: drone and missile attacks as each side claims them</h1>
<p class="facts">Data version {version}, data to {date} (<code>{folder}</code>). Pages generated from the notebooks
in <code>notebooks/</code>; each page's code is folded under "Code".</p>
<p class="caveat">Every figure is a claim as published by one side or a news report of it: unverified, and the two
sides' figures often describe different attacks. The data do not cover every night: averages are per night with a
figure, and every chart shows the nights it covers.</p>
{sections}
</main>
</body>
</html>
"""

SECTION = """<section>
<h2><a href="{href}">{title}</a></h2>
<p>{summary}</p>
{findings}
</section>"""


def index(pages: list[tuple[str, nbformat.NotebookNode]], facts: dict[str, str]) -> str:
    """The report's index: the data's version and date, and per page its link, summary and opening findings."""
    from nbconvert.filters.markdown import markdown2html

    sections = [SECTION.format(href=html.escape(href), title=html.escape(title_of(nb)),
                               summary=markdown2html(summary_of(nb)).removeprefix("<p>").removesuffix("</p>\n"),
                               findings=markdown2html(findings_of(nb)))
                for href, nb in pages]
    return INDEX.format(version=html.escape(facts["version"]), date=html.escape(facts["date"]),
                        folder=html.escape(facts["folder"]), sections="\n".join(sections))


def report(paths: list[Path], out_dir: Path = REPORT_DIR) -> list[Path]:
    """Execute each notebook against `data/full/` (else `data/clean/`) and write its page and the index."""
    data_dir = Path("data/full") if Path("data/full/datapackage.json").exists() else Path("data/clean")
    facts = data_facts(data_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pages, written = [], []
    for path in paths:
        nb = execute(path, data_dir=os.path.abspath(data_dir))
        out = out_dir / (path.stem + ".html")
        out.write_text(page(nb, facts), encoding="utf-8")
        pages.append((out.name, nb))
        written.append(out)
    out = out_dir / "index.html"
    out.write_text(index(pages, facts), encoding="utf-8")
    return [out, *written]


# ---------------------------------------------------------------------------- checks of a rendered page

class _Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self.images, self.links, self.details, self.inputs = "", [], [], [], 0
        self._in_title = False
        self._open_details = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "img":
            self.images.append(a.get("alt") or "")
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "details":
            self.details.append("open" in a)
            self._open_details += 1
        elif tag == "div" and "jp-InputArea-editor" in (a.get("class") or "").split() and not self._open_details:
            self.inputs += 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "details":
            self._open_details -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def check_page(text: str, is_index: bool = False, pages: list[str] | None = None) -> list[str]:
    """What is wrong with a rendered page (an empty list when nothing): its title, alt text, folded code, links."""
    dom = _Dom()
    dom.feed(text)
    problems = []
    if not dom.title.strip() or dom.title.strip() == "Notebook":
        problems.append(f"the page has no proper title ({dom.title.strip()!r})")
    missing = sum(1 for alt in dom.images if not alt.strip())
    if missing:
        problems.append(f"{missing} of {len(dom.images)} images have no alt text")
    if is_index:
        for name in pages or []:
            if name not in dom.links:
                problems.append(f"the index does not link {name}")
        if not re.search(r"Data version \S+, data to \d{4}-\d{2}-\d{2}", text):
            problems.append("the index does not state the data's version and date")
    else:
        if dom.inputs:
            problems.append(f"{dom.inputs} code cells are shown unfolded")
        if any(dom.details):
            problems.append("a code cell is unfolded by default")
        if "index.html" not in dom.links:
            problems.append("the page does not link back to the index")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in ("execute", "report", "check"):
        print("usage: python -m strikeclaims.dev.notebooks execute|report|check FILE…", file=sys.stderr)
        return 2
    command, paths = argv[0], [Path(p) for p in argv[1:]]
    if command == "execute":
        for path in paths:
            changed = write_if_changed(execute(path), path)
            print(f"{path}: {'updated' if changed else 'unchanged'}")
        return 0
    if command == "check":
        pages = [p.name for p in paths if p.name != "index.html"]
        failed = 0
        for path in paths:
            problems = check_page(path.read_text(encoding="utf-8"), is_index=path.name == "index.html", pages=pages)
            for problem in problems:
                print(f"{path}: {problem}", file=sys.stderr)
            if not problems:
                print(f"{path}: ok")
            failed += bool(problems)
        return 1 if failed else 0
    for out in report(paths):
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
