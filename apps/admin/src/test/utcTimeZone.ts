// Import first in a test that prints times: the house formatters are built at module load in the
// process's time zone, so the expected strings hold on any machine.
process.env['TZ'] = 'UTC';
