# Ignores the ordering: at each node, search the left subtree for p and for q; if they
# are on different sides this node is the answer, else descend to their side. Every
# search can visit a whole subtree: O(n^2) on a path-shaped tree.
class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        while root:
            if root is p or root is q:
                return root
            p_left = self.contains(root.left, p)
            q_left = self.contains(root.left, q)
            if p_left != q_left:
                return root
            root = root.left if p_left else root.right
        return None

    def contains(self, node: 'TreeNode', target: 'TreeNode') -> bool:
        stack = [node]
        while stack:
            cur = stack.pop()
            if cur is None:
                continue
            if cur is target:
                return True
            stack.append(cur.right)
            stack.append(cur.left)
        return False
