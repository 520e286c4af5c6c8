"""The ``peoplemoves`` command: one module per subcommand, wired together in ``main``."""
