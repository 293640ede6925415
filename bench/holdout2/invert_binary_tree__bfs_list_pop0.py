def invert_tree(root):
    # Breadth-first with a plain list as the queue.
    queue = []
    if root:
        queue.append(root)
    while queue:
        node = queue.pop(0)
        node.left, node.right = node.right, node.left
        if node.left:
            queue.append(node.left)
        if node.right:
            queue.append(node.right)
    return root
