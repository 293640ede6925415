# Gives every distinct subtree shape-and-values an id, from (val, left id, right id):
# equal subtrees get equal ids. O(s + t) expected time with a dict of tuples.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        ids = {}
        found = False

        def ident(node: Optional[TreeNode], target: int) -> int:
            nonlocal found
            if not node:
                return 0
            key = (node.val, ident(node.left, target), ident(node.right, target))
            if key not in ids:
                ids[key] = len(ids) + 1
            if ids[key] == target:
                found = True
            return ids[key]

        target = ident(subRoot, -1)
        ident(root, target)
        return found
