"""Development tools, apart from what a data consumer uses: the benchmark (`bench`), the parsers'
evaluation on the gold sets (`evaluate`, also `strikeclaims evaluate`) and the notebook runner
(`notebooks`: `python -m strikeclaims.dev.notebooks`)."""
