[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b if y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(a, b) for a, b in c]
[x async for x in y if await x]
[[y for y in x] for x in z]
{**a, 'b': 1}
