"""The checks of a finished draft against the Parlamentssekretariat's rules: ``draft_checks`` runs
them all, ``textchecks`` holds those that read sentences, ``rules`` the phrase lists kept as data."""
