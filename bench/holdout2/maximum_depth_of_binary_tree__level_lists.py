def max_depth(root):
    # BFS without a deque: build the next level as a fresh list from the current one.
    depth = 0
    level = [root] if root else []
    while level:
        depth += 1
        next_level = []
        for node in level:
            if node.left:
                next_level.append(node.left)
            if node.right:
                next_level.append(node.right)
        level = next_level
    return depth
