-- A tenant may be suspended by the platform administrator: its people are refused sign-in and a supplier leaves
-- the public registry until it is reactivated. Null while active.
ALTER TABLE tenant ADD COLUMN suspended_at TIMESTAMP(6) NULL;
