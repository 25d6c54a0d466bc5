echo before
echo a &&
echo never
