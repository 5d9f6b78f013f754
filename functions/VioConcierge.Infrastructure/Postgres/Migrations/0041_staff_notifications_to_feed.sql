-- staff_notifications (a tenant-wide list, written only for reschedule requests) become items of the users' feeds:
-- one item for each active user of the tenant, read if the tenant-wide row was read. The old row's id is the event
-- the items share. New events go to user_notifications only, so the old table goes.
INSERT INTO user_notifications (tenant_id, id, user_id, event_id, type, severity, title, message, action_url, created_at, read_at)
SELECT n.tenant_id, gen_random_uuid(), u.id, n.id, n.kind,
       CASE n.kind WHEN 'reschedule_requested' THEN 'warning' ELSE 'info' END,
       CASE n.kind WHEN 'reschedule_requested' THEN 'Reschedule requested' ELSE initcap(replace(n.kind, '_', ' ')) END,
       CASE n.kind WHEN 'reschedule_requested' THEN 'A customer asked to move their appointment. Contact them to agree a new time.'
                   ELSE 'Something needs your attention.' END,
       CASE WHEN n.contact_id IS NULL THEN NULL ELSE '/contacts/' || n.contact_id END,
       n.created_at, n.read_at
FROM staff_notifications n
JOIN users u ON u.tenant_id = n.tenant_id AND u.status = 'active'
ON CONFLICT DO NOTHING;

DROP TABLE staff_notifications;
