"""networkx analytics over a ``GraphSnapshot`` (never a database driver)."""
