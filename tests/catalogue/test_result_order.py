"""A page of results in relevance or distance order is the same whichever way it is found."""

import random

from catalogue.index import Index
from catalogue.result_order import nth_bits, page_in_order


def empty_index(size):
    return Index(
        revision="1", day=None, built_at=0.0, ids=list(range(size)), keys=list(range(size)), position={},
        everything=(1 << size) - 1, bits={}, terms={}, event_days={}, events=0, roles=0, event_ends=[],
    )


def walked(order, results, offset, count):
    return [p for p in order if results >> p & 1][offset : offset + count]


def test_few_results_in_a_long_order_come_in_its_order():
    rng = random.Random(7)
    index = empty_index(5000)
    order = rng.sample(range(5000), 3000)
    for total in (0, 1, 5, 19, 20, 21, 300, 2000):
        results = index.bitset(rng.sample(order, total))
        for offset in (0, 20, 40):
            expected = walked(order, results, offset, 20)
            assert page_in_order(index, ("q", str(total)), order, results, total, offset, 20) == expected


def test_the_rank_map_is_kept_per_order():
    index = empty_index(10)
    order = [9, 3, 5]
    results = index.bitset([3, 9])
    assert page_in_order(index, ("q", "a"), order, results, 2, 0, 20) == [9, 3]
    assert ("q", "a") in index.ranks


def test_nth_bits_counts_from_the_lowest():
    assert nth_bits(0b101101, 1, 2) == [2, 3]
    assert nth_bits(0, 0, 5) == []
