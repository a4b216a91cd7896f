-- CDEvents name the artifact a deployment shipped; an incident naming it is linked to that deployment.
ALTER TABLE events ADD COLUMN artifact VARCHAR(300);
