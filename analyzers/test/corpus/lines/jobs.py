#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring
spanning lines.
"""

import os  # trailing comment


def run(path):
    """One-line docstring."""
    pattern = "a /* b"  # cloc drops any Python line containing /*
    closing = "*/ end"
    text = '''not a docstring,
    but cloc counts it as one'''
    value = u"""unicode docstring prefix"""
    return os.path.join(path, pattern, closing, text, value)


class Job:
    '''Single-quoted
    class docstring'''

    def __init__(self):
        self.name = "# not a comment"
        # a comment
        self.url = "http://x"  # fine
