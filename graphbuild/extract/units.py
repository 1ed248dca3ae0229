"""How a strength or pack size is written in running text: "500 mg", "60 ml", "15 mg/5 mL", "1000 IU", "2%".

Why here: entity rules (a product named with and without its size) and relation rules (list items read
through their sizes) both need it, and neither package may import the other's modules at load time
without a cycle. A regex fragment, to be compiled case-insensitively inside each rule's pattern.
"""

STRENGTH = r"\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g|gram|kg|ml|l|liter|iu|unit|units|%)(?:\s*/\s*\d*(?:[.,]\d+)?\s*(?:ml|g|l))?"
