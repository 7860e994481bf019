package com.example.orders;

import java.util.*;
import java.util.function.Predicate;

/** A realistic corpus for the Java complexity rules. */
public class OrderService<T extends Comparable<? super T>> {
    private final Map<String, List<Order>> byCustomer = new HashMap<>();
    private final Comparator<Order> byTotal = new Comparator<Order>() {
        @Override
        public int compare(Order a, Order b) {
            return a.total() == b.total() ? 0 : a.total() < b.total() ? -1 : 1;
        }
    };

    public OrderService(Collection<Order> orders) {
        for (Order order : orders) {
            byCustomer.computeIfAbsent(order.customer(), k -> new ArrayList<>()).add(order);
        }
    }

    @Deprecated
    public List<Order> find(String customer, Predicate<Order> filter, int limit) {
        List<Order> result = new ArrayList<>();
        for (Order order : byCustomer.getOrDefault(customer, List.of())) {
            if (result.size() >= limit) {
                break;
            } else if (filter == null || filter.test(order) && order.total() > 0) {
                result.add(order);
            } else {
                continue;
            }
        }
        result.sort(byTotal);
        return result;
    }

    public String status(Order order) {
        return switch (order.state()) {
            case NEW, PENDING -> "open";
            case SHIPPED -> {
                if (order.isLate()) {
                    yield "late";
                }
                yield "shipped";
            }
            default -> "closed";
        };
    }

    int legacyCode(int code) {
        switch (code) {
            case 1:
            case 2:
                return 10;
            case 3:
                return 20;
            default:
                return 0;
        }
    }

    public Optional<Order> load(String id) throws IOException {
        int attempts = 0;
        do {
            try {
                return Optional.of(read(id));
            } catch (FileNotFoundException e) {
                return Optional.empty();
            } catch (IOException | UncheckedIOException e) {
                attempts++;
            } finally {
                log(id);
            }
        } while (attempts < 3);
        throw new IOException("gave up on " + id);
    }

    long countMatching(List<List<Order>> groups, String state) {
        long count = 0;
        outer:
        for (List<Order> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                if (group.get(i).state() == null) {
                    continue outer;
                }
                count += group.stream().filter(o -> o.state().equals(state) && o.total() > 0).count();
            }
        }
        return count;
    }

    static int depth(Node node) {
        return node == null ? 0 : 1 + Math.max(depth(node.left), depth(node.right));
    }

    abstract static class Base {
        abstract void hook();

        void run() {
            Runnable task = new Runnable() {
                public void run() {
                    if (ready()) {
                        hook();
                    }
                }
            };
            task.run();
        }
    }

    record Range(int low, int high) {
        Range {
            if (low > high) throw new IllegalArgumentException();
        }

        boolean contains(int x) {
            return low <= x && x <= high;
        }
    }

    interface Visitor {
        default void visit(Order order) {
            while (order != null) {
                order = order.next();
            }
        }
    }
}
