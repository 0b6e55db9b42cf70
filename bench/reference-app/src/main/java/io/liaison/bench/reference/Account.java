package io.liaison.bench.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of pgbench's own table: GET /accounts/{aid} is `pgbench -S`'s statement through the stack. */
@Entity
@Table(name = "pgbench_accounts")
public class Account extends PanacheEntityBase {
    @Id
    public int aid;

    public int bid;
    public int abalance;
    public String filler;
}
