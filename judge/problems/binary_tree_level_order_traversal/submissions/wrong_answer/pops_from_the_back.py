# Uses a list as the queue but pops from its back: nodes of the next level are taken
# before the rest of the current one, so the levels come out mixed.
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if not root:
            return []
        res, q = [], [root]
        while q:
            level = []
            for _ in range(len(q)):
                node = q.pop()
                level.append(node.val)
                if node.left:
                    q.append(node.left)
                if node.right:
                    q.append(node.right)
            res.append(level)
        return res
