"""The model layer: timeline file, articles, dates, validation. Imports nothing from Textual."""
