"""strike-claims: the nightly drone and missile attacks of the Russia–Ukraine war as each side claims them."""

__version__ = "0.43.0"
