/**
 * The seed's PR template, built in so `pgci pr-check` works where the repository has none.
 * `.github/pull_request_template.md` and `examples/pull_request_template.md` hold the same text
 * (a test keeps the three equal).
 */
export const SEED_TEMPLATE = `## Database Provisioning PR

<!--
  pgci checks this description on every push and edit: keep the headings, tick at least one
  "Type of Change", and tick the testing and checklist items that type requires
  (see docs/workflows.md#pr-template). Boxes inside this comment do not count.
-->

### Type of Change

- [ ] Database provisioning
- [ ] Configuration update
- [ ] Security enhancement
- [ ] Documentation

### Description

Brief description of changes made to PostgreSQL database setup.

### Database Changes

- [ ] New Cloud SQL instance created
- [ ] Performance parameters configured
- [ ] Security settings updated
- [ ] Backup strategy implemented

### Testing

- [ ] Database connection tested
- [ ] Performance benchmarks run
- [ ] Security controls validated
- [ ] Backup/restore tested

### Checklist

- [ ] Code follows project conventions
- [ ] Database migrations tested
- [ ] Security review completed
- [ ] Documentation updated
- [ ] Performance impact assessed
`;
