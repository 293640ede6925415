def merge_two_lists(list1, list2):
    """Keep the list with the smaller head as the backbone and splice the other list's
    nodes into it, never going back: the cursor on the backbone only moves forward."""
    if list1 is None:
        return list2
    if list2 is None:
        return list1
    if list2.val < list1.val:
        list1, list2 = list2, list1
    head = prev = list1
    while list2 is not None:
        # invariant: prev.val <= list2.val
        while prev.next is not None and prev.next.val <= list2.val:
            prev = prev.next
        if prev.next is None:
            prev.next = list2
            break
        following = list2.next
        list2.next = prev.next
        prev.next = list2
        prev = list2
        list2 = following
    return head
