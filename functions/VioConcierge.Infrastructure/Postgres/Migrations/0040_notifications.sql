-- Users' notifications (issue 18, seed 000 section 9, seed 003): each user's preferences and their in-app feed.
-- Both are keyed by tenant_id first (distributable by tenant_id, docs/scale-out.md) and reference their user by users'
-- key (tenant_id, id) (0036): removing a user removes their preferences and feed.

-- A row only once the user saved their preferences (the defaults apply until then). daily_sent_on / weekly_sent_on:
-- the local date (tenant's zone) each report was last due and sent on, so the report timer sends it once per period.
CREATE TABLE user_notification_settings (
    tenant_id            uuid NOT NULL REFERENCES tenants (id),
    user_id              uuid NOT NULL,
    call_completion      text NOT NULL CHECK (call_completion IN ('none','failed_only','all_outcomes','summary_only')),
    confirmation_alerts  boolean NOT NULL,
    cancellation_alerts  boolean NOT NULL,
    integration_alerts   boolean NOT NULL,
    daily_summary        boolean NOT NULL,
    daily_summary_at     time NOT NULL,
    weekly_report        boolean NOT NULL,
    weekly_report_day    smallint NOT NULL CHECK (weekly_report_day BETWEEN 0 AND 6),
    weekly_report_at     time NOT NULL,
    quiet_hours          boolean NOT NULL,
    quiet_start          time NOT NULL,
    quiet_end            time NOT NULL,
    in_app               boolean NOT NULL,
    email                boolean NOT NULL,
    daily_sent_on        date,
    weekly_sent_on       date,
    version              integer NOT NULL,
    updated_at           timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
-- The report timer reads only the users with a report on, across tenants.
CREATE INDEX user_notification_settings_reports_idx ON user_notification_settings (tenant_id, user_id)
    WHERE daily_summary OR weekly_report OR call_completion = 'summary_only';

-- One item per user per event (event_id: the work item that fanned the event out). type: what happened
-- (appointment_cancelled, ...); severity as seed 003 (success, info, warning, error); action_url: a console path.
CREATE TABLE user_notifications (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    id          uuid NOT NULL,
    user_id     uuid NOT NULL,
    event_id    uuid NOT NULL,
    type        text NOT NULL,
    severity    text NOT NULL CHECK (severity IN ('success','info','warning','error')),
    title       text NOT NULL,
    message     text NOT NULL,
    action_url  text,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, user_id, event_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX user_notifications_feed_idx ON user_notifications (tenant_id, user_id, created_at DESC, id DESC);
CREATE INDEX user_notifications_unread_idx ON user_notifications (tenant_id, user_id) WHERE read_at IS NULL;
-- The daily purge of items older than 90 days, across tenants.
CREATE INDEX user_notifications_created_idx ON user_notifications (created_at);

-- The daily summary and weekly report count a tenant's calls by when they started.
CREATE INDEX call_sessions_created_idx ON call_sessions (tenant_id, created_at);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['user_notification_settings','user_notifications'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I USING (
            (SELECT current_setting('app.scope', true)) = 'platform'
            OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
    END LOOP;
END $$;
