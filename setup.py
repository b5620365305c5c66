"""Build: the parser modules compiled to C extensions with mypyc, where it can.

The compiled modules read exactly as their Python source does, faster. They are built in place beside the
source (`pip install -e .`, which `make venv` runs); `strikeclaims.parse.compiled` records the SHA-256 of each
source they were built from and runs the source instead when it has changed since. With
`STRIKECLAIMS_PURE_PYTHON=1` at install, or where mypyc or a C compiler is missing, the package is installed as
Python source only.
"""

from __future__ import annotations

import importlib.util
import os
import sys

from setuptools import setup


def _compiled_module():
    """`strikeclaims.parse.compiled`, loaded on its own (the package's dependencies are not installed yet)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "strikeclaims", "parse", "compiled.py")
    spec = importlib.util.spec_from_file_location("_strikeclaims_compiled", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compiled = _compiled_module()

# The mypy options the compile type-checks with: modules outside the compiled group are followed for their types
# only (pandas has no stubs).
MYPY_OPTIONS = ["--ignore-missing-imports", "--follow-imports=silent"]
# Commands that only ask for the package's metadata (pip runs these before the build): nothing to compile
METADATA_ONLY = {"egg_info", "dist_info", "sdist"}


def ext_modules() -> list:
    if os.environ.get(compiled.PURE_VARIABLE) or sys.argv[1:2] and sys.argv[1] in METADATA_ONLY:
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("strikeclaims: mypyc is not installed; the parsers run as Python source", file=sys.stderr)
        return []
    sources = [f"src/strikeclaims/parse/{name}.py" for name in compiled.MODULES]
    compiled.record()
    try:
        modules = mypycify(MYPY_OPTIONS + sources, opt_level="3", group_name=compiled.GROUP)
    except (Exception, SystemExit) as exc:  # a type error stops mypyc: install the source rather than nothing
        print(f"strikeclaims: the parsers could not be compiled ({exc}); they run as Python source", file=sys.stderr)
        compiled.record_failure()
        return []
    for module in modules:
        module.optional = True  # no C compiler: the source runs
    return modules


setup(ext_modules=ext_modules())
