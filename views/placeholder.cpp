int archboardViewsPlaceholder() { return 0; }
