"""Inventory service: a realistic corpus for the Python complexity rules."""

import functools
from dataclasses import dataclass


def retry(times=3, delay=0.5):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except (IOError, TimeoutError):
                    if attempt == times - 1:
                        raise
        return wrapper
    return decorate


@dataclass
class Item:
    sku: str
    quantity: int = 0

    def __init__(self, sku, quantity=0, *, reserved=0):
        self.sku = sku
        self.quantity = quantity if quantity > 0 else 0
        self.reserved = reserved

    @property
    def available(self):
        return self.quantity - self.reserved


class Inventory:
    def __init__(self, items=None):
        self.items = {item.sku: item for item in items or [] if item.quantity}

    @retry(times=5)
    def restock(self, sku, amount, /, *, force=False):
        item = self.items.get(sku)
        if item is None:
            if not force:
                raise KeyError(sku)
            item = Item(sku)
        elif amount < 0 and not force or amount > 1000:
            raise ValueError(amount)
        else:
            item.quantity += amount
        return item

    def low_stock(self, threshold=5):
        return sorted(
            (i for i in self.items.values() if i.available < threshold and i.quantity),
            key=lambda i: (i.available, i.sku) if i.sku else (0, ''),
        )

    def describe(self, sku):
        match self.items.get(sku):
            case None:
                return "missing"
            case Item(quantity=0):
                return "empty"
            case Item(quantity=q) if q < 10:
                return "low"
            case _:
                return "ok"

    def drain(self, sku):
        item = self.items[sku]
        while item.quantity > 0:
            if item.reserved:
                break
            item.quantity -= 1
        else:
            del self.items[sku]

    def export(self, path):
        handle = None
        try:
            handle = open(path, "w")
            for sku, item in self.items.items():
                handle.write(f"{sku},{item.quantity}\n")
        except PermissionError:
            return False
        except OSError as error:
            if error.errno == 28:
                return False
            raise
        else:
            return True
        finally:
            if handle:
                handle.close()


def count_nodes(tree):
    if not tree:
        return 0
    return 1 + sum(count_nodes(child) for child in tree.children)


async def fetch_all(client, urls):
    results = []
    async for response in client.stream(urls):
        if response.ok or response.status == 304:
            results.append(response)
    return results
