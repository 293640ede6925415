def number_of_islands(grid):
    # Flatten the land into a bytearray and flood-fill with an explicit stack of flat
    # indices, clearing cells as they are pushed.
    rows, cols = len(grid), len(grid[0])
    size = rows * cols
    land = bytearray(size)
    for r, row in enumerate(grid):
        base = r * cols
        for c, cell in enumerate(row):
            if cell == "1":
                land[base + c] = 1
    count = 0
    for start in range(size):
        if not land[start]:
            continue
        count += 1
        land[start] = 0
        stack = [start]
        while stack:
            i = stack.pop()
            c = i % cols
            if c and land[i - 1]:
                land[i - 1] = 0
                stack.append(i - 1)
            if c + 1 < cols and land[i + 1]:
                land[i + 1] = 0
                stack.append(i + 1)
            if i >= cols and land[i - cols]:
                land[i - cols] = 0
                stack.append(i - cols)
            if i + cols < size and land[i + cols]:
                land[i + cols] = 0
                stack.append(i + cols)
    return count
