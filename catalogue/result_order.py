"""Which results make up a page of the catalogue, from the results' bitset and an order.

The default order is the index's own (bit n is the n-th listing); text relevance and distance
are other orders of the same listings, as lists of positions.
"""


def page_in_order(index, key, order: list[int], results: int, total: int, offset: int, count: int) -> list[int]:
    """The results number offset..offset+count-1 in `order` (text relevance or distance).

    Walking the order stops once the page is full, which is quick while the results are a good
    share of it; a few results scattered through a long order are found faster by sorting them
    by their rank in it.
    """
    if total * total < (offset + count) * len(order):
        rank = index.rank_of(key, order)  # every result is in the order
        return sorted(nth_bits(results, 0, total), key=rank.__getitem__)[offset : offset + count]
    flags = results.to_bytes((len(index.ids) + 8) // 8, "little")
    page, seen = [], 0
    for p in order:
        if flags[p >> 3] >> (p & 7) & 1:
            if seen >= offset:
                page.append(p)
                if len(page) == count:
                    break
            seen += 1
    return page


def nth_bits(value: int, start: int, count: int) -> list[int]:
    """Positions of the set bits number start..start+count-1 (lowest first)."""
    found = []
    binary = bin(value)[:1:-1]  # lowest bit first
    at, seen = -1, 0
    while len(found) < count:
        at = binary.find("1", at + 1)
        if at < 0:
            break
        if seen >= start:
            found.append(at)
        seen += 1
    return found
