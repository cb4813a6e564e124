"""One widget per module: the parts the screens are built from."""
