-- The writer's stance on a hit: 'use' (the writer uses or asks about the term) or 'disputed' (the
-- writer already questions it, so a quiet rule posted nothing). Empty for events that are not hits.
-- Hits logged before stance analysis existed were all answered as uses.
ALTER TABLE usage_events ADD COLUMN stance VARCHAR(16) NOT NULL DEFAULT '';
UPDATE usage_events SET stance = 'use' WHERE kind = 'HIT';
