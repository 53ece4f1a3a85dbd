"""Interactive widgets for the notebooks and the Voila apps."""
