<?php

declare(strict_types=1);

namespace App\Repository;

use App\Entity\User;

/** A realistic corpus for the PHP complexity rules. */
interface Repository
{
    public function find(int $id): ?User;
}

abstract class BaseRepository implements Repository
{
    public function __construct(protected \PDO $pdo, private ?LoggerInterface $logger = null)
    {
    }

    abstract protected function table(): string;
}

final class UserRepository extends BaseRepository
{
    use Cacheable;

    protected function table(): string
    {
        return 'users';
    }

    public function find(int $id): ?User
    {
        $row = $this->cache[$id] ?? $this->fetch($id);
        return $row ? User::fromRow($row) : null;
    }

    public function search(array $filters, int $limit = 20, string ...$fields): array
    {
        $where = [];
        foreach ($filters as $column => $value) {
            if ($value === null) {
                continue;
            } elseif (is_array($value) && count($value) > 0) {
                $where[] = "$column IN (" . implode(',', $value) . ')';
            } else if ($value !== '' || $column === 'deleted') {
                $where[] = "$column = ?";
            } else {
                break;
            }
        }
        $sort = $filters['sort'] ?: 'id';
        $users = array_filter($this->query($where, $sort), fn($u) => $u->active && !$u->banned);
        return array_slice($users, 0, $limit);
    }

    public function roleLabel(User $user): string
    {
        return match (true) {
            $user->isAdmin() => 'admin',
            $user->isEditor(), $user->isAuthor() => 'writer',
            default => 'reader',
        };
    }

    public function legacyStatus(int $code): string
    {
        switch ($code) {
            case 0:
            case 1:
                return 'inactive';
            case 2:
                return 'active';
            default:
                return 'unknown';
        }
    }

    public function save(User $user): bool
    {
        $attempt = 0;
        while ($attempt++ < 3) {
            try {
                $this->pdo->beginTransaction();
                $this->write($user);
                $this->pdo->commit();
                return true;
            } catch (\PDOException $e) {
                $this->pdo->rollBack();
                if ($e->getCode() === '23000') {
                    return false;
                }
            } finally {
                $this->logger?->info('save attempted');
            }
        }
        return false;
    }

    public function walk(array $ids): void
    {
        $visit = function (int $id) use (&$visit) {
            foreach ($this->children($id) as $child) {
                $visit($child);
            }
        };
        array_walk($ids, $visit);
    }

    public static function depth(?array $node): int
    {
        return $node === null ? 0 : 1 + static::depth($node['child'] ?? null);
    }

    public function rowFilter(): object
    {
        return new class () {
            public function accepts(?array $row): bool
            {
                return $row !== null && isset($row['id']);
            }
        };
    }
}

function legacy_helper($a, $b = null)
{
    for ($i = 0; $i < 10; $i++) {
        for ($j = 0; $j < 10; $j++) {
            if ($i * $j > $a and $b) {
                continue 2;
            }
        }
    }
    function nested_helper() { return 1; }
    return $a;
}

$handler = function (array $event) {
    return $event['type'] ?? 'none';
};
