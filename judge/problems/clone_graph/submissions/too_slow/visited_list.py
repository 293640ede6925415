# Keeps the visited originals and their copies in two parallel lists, so every lookup is a
# linear search: O(V) per adjacency entry, O(V * (V + E)) = O(n^2) time.
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if not node:
            return None
        olds, news = [node], [Node(node.val)]
        stack = [node]
        while stack:
            cur = stack.pop()
            copy = news[olds.index(cur)]
            for nb in cur.neighbors:
                if nb not in olds:
                    olds.append(nb)
                    news.append(Node(nb.val))
                    stack.append(nb)
                copy.neighbors.append(news[olds.index(nb)])
        return news[0]
