"""Comprehensions: list, set, dict, generator expressions, nested loops, conditions, closures over the enclosing scope."""
def comprehensions(rows, limit):
    flat = [cell for row in rows for cell in row if cell < limit]
    squares = {n * n for n in range(limit)}
    index = {key: value for key, value in enumerate(rows)}
    lazy = (row[0] for row in rows if row)
    pairs = [(x, y) for x in range(3) for y in [x * 2]]
    return flat, squares, index, sum(lazy), pairs
