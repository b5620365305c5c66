"""External datasets -> reports, claims and rejections in the contract's columns.

In: a dataset file a user has downloaded (for example the piterfm CSV). Out: an
`ImportResult` per dataset (see each importer). The errors and warnings the importers
raise are defined here, so that the command line can print them in one line.
"""


class DatasetError(ValueError):
    """A dataset file that cannot be imported at all (a required column is missing...)."""


class DatasetWarning(UserWarning):
    """Something in a dataset file that the import survives but a user should hear of."""


__all__ = ["DatasetError", "DatasetWarning"]
