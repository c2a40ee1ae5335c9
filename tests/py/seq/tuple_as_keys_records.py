# Tuples as composite dict keys and sortable records.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], grid.get((5, 5), "none"), sorted(k for k, v in grid.items() if v % 4 == 0))
people = [("smith", "john", 40), ("doe", "jane", 35), ("smith", "anna", 28), ("doe", "adam", 35)]
print(sorted(people), sorted(people, key=lambda p: (p[2], p[0])), min(people, key=lambda p: p[2]))
name_index = {(last, first): age for last, first, age in people}
print(name_index[("doe", "jane")], ("smith", "anna") in name_index)
