"""The full-screen timeline: a plot of lanes along a time axis, and the undated list."""
