def is_palindrome(s: str) -> bool:
    """Stream the cleaned characters forwards and backwards and compare them pairwise;
    nothing is materialised."""
    forward = (ch.lower() for ch in s if ch.isalnum())
    backward = (ch.lower() for ch in reversed(s) if ch.isalnum())
    return all(a == b for a, b in zip(forward, backward))
