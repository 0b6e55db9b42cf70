-- Where an interaction takes place: free text ("City Hall, Committee Room 4"), and a link for one held online.
alter table interaction
    add column location text check (char_length(location) <= 200),
    add column online_meeting_url text check (char_length(online_meeting_url) <= 1000);
